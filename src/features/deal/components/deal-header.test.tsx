import { seedIn } from '../../../../test/seed';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '../../../../test/render';
import { DealHeader } from './deal-header';

const deal = seedIn('en');
const meta = () => document.querySelector('.deal-header__meta');

describe('DealHeader, the status as of a day', () => {
  it('says nothing was public before the rumour', () => {
    renderWithProviders(<DealHeader deal={deal} asOf="2012-11-15" />);
    expect(meta()).toHaveTextContent(/^Not yet public$/);
  });

  it('on 2013-03-01 says the rumour was denied, in Feb 2013, with its source', () => {
    renderWithProviders(<DealHeader deal={deal} asOf="2013-03-01" />);
    expect(screen.getByText('Rumour denied')).toBeInTheDocument();
    expect(meta()).toHaveTextContent('Rumour denied Feb 2013 (Source: silicon.de, line 5)');
  });

  it('says "Bekanntgegeben" in German from the announcement day', () => {
    renderWithProviders(<DealHeader deal={deal} asOf="2013-04-29" />, { locale: 'de' });
    expect(screen.getByText('Bekanntgegeben')).toBeInTheDocument();
    expect(meta()).toHaveTextContent('29. Apr. 2013');
  });

  it('says "Gerücht dementiert" in German on the day before', () => {
    renderWithProviders(<DealHeader deal={deal} asOf="2013-04-28" />, { locale: 'de' });
    expect(screen.getByText('Gerücht dementiert')).toBeInTheDocument();
  });
});

describe('DealHeader, the name and parties as of a day', () => {
  const heading = () => screen.getByRole('heading', { level: 1 });
  const partiesLine = () => document.querySelector('.deal-header__parties');

  it('on 2012-12-01, with only a rumour about Sina public, says neither “Sina Weibo” nor who invests', () => {
    renderWithProviders(<DealHeader deal={deal} asOf="2012-12-01" />);
    expect(heading()).toHaveTextContent(/^Alibaba and Sina$/);
    expect(partiesLine()).toHaveTextContent(/^Parties named: Alibaba Group and Sina$/);
    expect(document.querySelector('.deal-header')).not.toHaveTextContent(/Weibo|invests/);
  });

  it('before anything was public, says so instead of naming the deal', () => {
    renderWithProviders(<DealHeader deal={deal} asOf="2012-11-15" />);
    expect(heading()).toHaveTextContent('Nothing about this deal was public on 15 Nov 2012');
    expect(partiesLine()).toBeNull();
  });

  it('from the announcement, names the stake in Sina Weibo, in German too', () => {
    renderWithProviders(<DealHeader deal={seedIn('de')} asOf="2013-04-29" />, { locale: 'de' });
    expect(heading()).toHaveTextContent(/^Alibaba steigt bei Sina Weibo ein$/);
    expect(partiesLine()).toHaveTextContent('Alibaba Group steigt bei Sina Weibo ein · Sina Weibo gehört zu Sina');
  });
});
