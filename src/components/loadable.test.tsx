import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { loadable } from './loadable';

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

describe('loadable', () => {
  it('draws a loading state, then the component with its props once its code is here', async () => {
    let arrive: (module: { default: typeof Greeting }) => void = () => undefined;
    const Lazy = loadable(
      () => new Promise<{ default: typeof Greeting }>((resolve) => (arrive = resolve)),
      'what.page',
    );
    renderWithProviders(<Lazy name="Weibo" />);
    expect(screen.getByRole('status')).toHaveTextContent('this page');
    arrive({ default: Greeting });
    expect(await screen.findByText('Hello Weibo')).toBeInTheDocument();
  });

  it('says what failed, and a retry loads it once the code can be had', async () => {
    let calls = 0;
    const Lazy = loadable(async () => {
      calls += 1;
      if (calls === 1) throw new Error('Failed to fetch dynamically imported module');
      return { default: Greeting };
    }, 'what.page');
    renderWithProviders(<Lazy name="again" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Failed to fetch dynamically imported module');
    await userEvent.click(screen.getByRole('button', { name: /try again/i }));
    expect(await screen.findByText('Hello again')).toBeInTheDocument();
    expect(calls).toBe(2);
  });

  it('draws a component whose code is already here at once, without a loading state', async () => {
    const Lazy = loadable(async () => ({ default: Greeting }), 'what.page');
    const first = renderWithProviders(<Lazy name="first" />);
    await screen.findByText('Hello first');
    first.unmount();
    renderWithProviders(<Lazy name="second" />);
    expect(screen.getByText('Hello second')).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
  });
});
