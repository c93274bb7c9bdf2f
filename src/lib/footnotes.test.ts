// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { footnoteKey, footnoteMarks, numberFootnotes } from './footnotes';

const silicon = (...lines: number[]) => ({ sourceId: 'silicon', lines });
const technode = { sourceId: 'technode' };
const xinhua = { sourceId: 'xinhua' };

describe('footnotes', () => {
  it('numbers sources in order of first appearance, from 1', () => {
    const { notes } = numberFootnotes([technode, silicon(5), xinhua]);
    expect(notes.map((n) => [n.n, n.citation.sourceId])).toEqual([
      [1, 'technode'],
      [2, 'silicon'],
      [3, 'xinhua'],
    ]);
  });

  it('gives the same source and lines the same number wherever they are cited', () => {
    const footnotes = numberFootnotes([silicon(5), technode, silicon(5), technode]);
    expect(footnotes.notes).toHaveLength(2);
    expect(footnoteMarks(footnotes, [silicon(5)])).toEqual([1]);
    expect(footnoteMarks(footnotes, [technode])).toEqual([2]);
  });

  it('tells the same source with other lines apart, and ignores line order and repeats', () => {
    const footnotes = numberFootnotes([silicon(1), silicon(3, 1), silicon(1, 3, 3), { sourceId: 'silicon' }]);
    expect(footnotes.notes.map((n) => n.key)).toEqual(['silicon:1', 'silicon:1,3', 'silicon']);
    expect(footnotes.notes[1].citation).toEqual({ sourceId: 'silicon', lines: [1, 3] });
    expect(footnoteKey(silicon(3, 1))).toBe(footnoteKey(silicon(1, 3)));
    expect(footnoteKey({ sourceId: 'silicon', lines: [] })).toBe('silicon');
  });

  it('marks a place with each of its numbers once, ascending', () => {
    const footnotes = numberFootnotes([xinhua, technode, silicon(2)]);
    expect(footnoteMarks(footnotes, [silicon(2), technode, xinhua, technode])).toEqual([1, 2, 3]);
  });

  it('marks nothing for a citation the page has not numbered', () => {
    expect(footnoteMarks(numberFootnotes([technode]), [xinhua])).toEqual([]);
    expect(numberFootnotes([]).notes).toEqual([]);
  });
});
