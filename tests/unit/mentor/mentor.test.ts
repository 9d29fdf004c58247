/**
 * A mentor's review by link: a request carries only the parts chosen; a reply carries a comment per part
 * and goes back to the record it came from; anything else a link holds is refused before it is used.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readReply, readRequest, makeReply, makeRequest, PART_KINDS, readOpened, type SharedPart } from '../../../src/lib/mentor/mentor';
import { openShare, sealShare } from '../../../src/lib/mentor/share-codec';

const parts: SharedPart[] = [
  { kind: 'debrief', title: 'Debrief: Acme, Designer', text: 'Questions: Why us?\nThey probed: years of experience' },
  { kind: 'email', title: 'Follow-up email', text: 'Hi Ana, thank you again…' },
  { kind: 'patterns', title: 'Patterns', text: 'Called back after 1 of 4 interviews.' },
];

describe('a request', () => {
  it('holds only the parts chosen, never everything by default', () => {
    expect(makeRequest('r1', 'Acme · Designer', parts, [])).toBeUndefined();
    const request = makeRequest('r1', 'Acme · Designer', parts, ['email'])!;
    expect(request.parts.map((p) => p.kind)).toEqual(['email']);
    expect(JSON.stringify(request)).not.toContain('years of experience');
  });

  it('any choice of parts: exactly those, in one order, valid', () => {
    fc.assert(
      fc.property(fc.subarray([...PART_KINDS]), (chosen) => {
        const request = makeRequest('r1', 'Acme', parts, chosen);
        if (!chosen.length) expect(request).toBeUndefined();
        else {
          expect(request!.parts.map((p) => p.kind)).toEqual(PART_KINDS.filter((k) => chosen.includes(k)));
          expect(readRequest(request)).toEqual(request);
        }
      }),
    );
  });
});

describe('a reply', () => {
  it('keeps the comments written, for the record asked about, and survives the sealed round trip', async () => {
    const request = makeRequest('r1', 'Acme · Designer', parts, ['debrief', 'email'])!;
    const reply = makeReply(request, '  Sam ', { debrief: 'Prepare a numbers story.', email: '   ' });
    expect(reply).toEqual({
      kind: 'reply',
      recordId: 'r1',
      label: 'Acme · Designer',
      mentor: 'Sam',
      comments: [{ part: 'debrief', text: 'Prepare a numbers story.' }],
    });
    const link = await sealShare(reply, 'pass', 1000);
    expect(readOpened(await openShare(link, 'pass'))).toEqual({ ok: true, value: reply });
  });
});

describe('what a link may hold', () => {
  it.each([
    ['nothing', null],
    ['a list', []],
    ['an unknown kind', { kind: 'gift', recordId: 'r1', label: 'x', parts }],
    ['a request with no parts', { kind: 'request', recordId: 'r1', label: 'x', parts: [] }],
    ['a request with one part twice', { kind: 'request', recordId: 'r1', label: 'x', parts: [parts[0], parts[0]] }],
    ['a part of an unknown kind', { kind: 'request', recordId: 'r1', label: 'x', parts: [{ ...parts[0], kind: 'salary' }] }],
    ['a request without its record', { kind: 'request', recordId: '', label: 'x', parts }],
    [
      'a reply with a blank comment',
      { kind: 'reply', recordId: 'r1', label: 'x', mentor: 'Sam', comments: [{ part: 'email', text: ' ' }] },
    ],
    [
      'a reply with a huge comment',
      { kind: 'reply', recordId: 'r1', label: 'x', mentor: 'Sam', comments: [{ part: 'email', text: 'x'.repeat(5000) }] },
    ],
  ])('refuses %s', (_, value) => {
    expect(readRequest(value) ?? readReply(value)).toBeUndefined();
    expect(readOpened({ ok: true, value })).toEqual({ ok: false, problem: 'not-ours' });
  });

  it('passes a codec problem through unchanged', () => {
    expect(readOpened({ ok: false, problem: 'wrong-passphrase' })).toEqual({ ok: false, problem: 'wrong-passphrase' });
  });
});
