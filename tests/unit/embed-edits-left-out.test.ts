import { describe, expect, it } from 'vitest';
import type { LayerEditsLeftOut } from '../../src/core/url/edits-left-out.ts';
import { embedEditsLeftOutNote } from '../../src/core/url/embed-edits-left-out.ts';

const edits: LayerEditsLeftOut[] = [
  { layerId: 'industrial-zones', own: false, added: 1, changed: 2, deleted: 0 },
  { layerId: 'ring-road-5', own: false, added: 0, changed: 1, deleted: 0 },
  { layerId: 'user-buffer', own: true, added: 3, changed: 0, deleted: 0 },
];
const titles: Record<string, string> = {
  'industrial-zones': 'Industrial zones',
  'ring-road-5': 'Ring Road 5',
  'user-buffer': 'Buffer',
};
const titleOf = (id: string) => titles[id] ?? id;

describe('the embed dialog’s note on edits left out', () => {
  it('names the edited project layers the embed shows, worded as "Copy link" words them', () => {
    const note = embedEditsLeftOutNote('en', edits, ['industrial-zones', 'user-buffer'], titleOf);
    expect(note).toEqual([
      'The embed shows the project’s data only, not the edits kept in this browser:',
      '“Industrial zones”: 1 feature drawn or imported, 2 features changed',
      expect.stringContaining('pin the embed to that snapshot'),
    ]);
  });

  it('leaves out the planner’s own layers (they have their own note) and layers not shown', () => {
    expect(embedEditsLeftOutNote('vi', edits, ['user-buffer'], titleOf)).toEqual([]);
    expect(embedEditsLeftOutNote('vi', [], ['industrial-zones'], titleOf)).toEqual([]);
  });

  it('speaks Vietnamese', () => {
    const [intro, line] = embedEditsLeftOutNote('vi', edits, ['ring-road-5'], titleOf);
    expect(intro).toContain('Bản nhúng chỉ hiện dữ liệu của dự án');
    expect(line).toBe('lớp “Ring Road 5”: 1 đối tượng đã sửa');
  });
});
