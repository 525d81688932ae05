/** The local sign-in's user list: the sample officers on first start, kept in its file across restarts, in place on change. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLocalUserList } from '../../local/local-users.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the local user list', () => {
  it('starts with the sample officers and door staff, so npm start offers them as before', () => {
    const list = openLocalUserList();
    expect(list.all().map((u) => [u.username, u.sub, u.groups])).toEqual([
      ['secretariat', 'local-secretariat', ['secretariat']],
      ['press', 'local-press', ['press']],
      ['door', 'local-door', ['checkin']],
    ]);
  });

  it('keeps invited users in its file across a restart, and changes a user in place', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plenary-users-'));
    dirs.push(dir);
    const file = join(dir, 'local-users.json');
    const first = openLocalUserList(file);
    first.put({ ...first.find('press')!, username: 'u1', sub: 'local-u1', email: 'new@example.org', status: 'invited' });
    first.put({ ...first.find('secretariat')!, groups: ['secretariat', 'checkin'] });
    first.delete('press');
    const again = openLocalUserList(file);
    expect(again.all().map((u) => [u.username, u.groups])).toEqual([
      ['secretariat', ['secretariat', 'checkin']],
      ['door', ['checkin']],
      ['u1', ['press']],
    ]);
    expect(JSON.parse(readFileSync(file, 'utf8')).users).toHaveLength(3);
  });
});
