/**
 * A checklist's YAML is all the site knows about it: its name, card, place and layout. These tests read the
 * files in content/checklists as the site does and check, in plain Node with the collection's schema, that
 * each mistake an author can make reads as a message naming the field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checklistSchema } from '../../../src/lib/checklists/checklist-schema';
import { orderClashes } from '../../../src/lib/core/content-order';
import { DIAGNOSTIC, toolPages } from '../../../src/lib/content/site';

const dir = join(import.meta.dirname, '../../../content/checklists');
const lists = readdirSync(dir).map((name) => ({
  id: name.replace(/\.yaml$/, ''),
  file: `content/checklists/${name}`,
  data: checklistSchema.parse(yaml.load(readFileSync(join(dir, name), 'utf8'))),
}));

describe('the checklists in content/checklists', () => {
  // The lists people know, in the order the checklists page shows them. A new list may go anywhere, but
  // these keep their names, their card lines and their order.
  const known = [
    {
      id: 'pre-interview',
      name: 'Pre-interview checklist',
      blurb: 'Print it the night before: research, logistics, examples, questions to ask.',
    },
    {
      id: 'post-interview',
      name: 'Post-interview plan',
      blurb: 'Thank-you notes, follow-up dates and the day to move on, in your calendar.',
    },
    { id: 'online-audit', name: 'Online-presence audit', blurb: 'See yourself the way an employer searching your name does.' },
  ];

  it('give the cards people know, each from its own file, in the same order', () => {
    const tools = toolPages(lists).filter((tool) => tool !== DIAGNOSTIC);
    expect(tools.filter((tool) => known.some((k) => k.id === tool.id))).toEqual(known.map((k) => ({ ...k, href: `/checklists/${k.id}/` })));
  });

  it('each have their own place', () => {
    expect(orderClashes(lists.map(({ file, data }) => ({ file, order: data.order })))).toEqual([]);
  });

  it('include exactly one planner, the list the home page sends people to just after an interview', () => {
    expect(lists.filter((l) => l.data.layout === 'planner')).toHaveLength(1);
  });
});

describe('checklist errors', () => {
  const valid = {
    title: 'A valid list',
    summary: 'A summary long enough to pass the schema check.',
    blurb: 'A card line long enough to pass.',
    order: 4,
    kind: 'tick',
    sections: [{ id: 'first', title: 'First', items: [{ id: 'do-it', text: 'Do the first thing well.' }] }],
  };
  const problems = (data: object) => {
    const result = checklistSchema.safeParse(data);
    return result.success ? 'valid' : z.prettifyError(result.error);
  };

  it('accepts a valid list, shown as a plain list by default', () => {
    expect(checklistSchema.parse(valid).layout).toBe('list');
  });

  it('names a missing card line', () => {
    expect(problems({ ...valid, blurb: undefined })).toMatchInlineSnapshot(`
      "✖ Invalid input: expected string, received undefined
        → at blurb"
    `);
  });

  it('names a missing place', () => {
    expect(problems({ ...valid, order: undefined })).toMatchInlineSnapshot(`
      "✖ Invalid input: expected number, received undefined
        → at order"
    `);
  });

  it('names an unknown layout and the layouts there are', () => {
    expect(problems({ ...valid, layout: 'poster' })).toMatchInlineSnapshot(`
      "✖ Invalid option: expected one of "list"|"day-sheet"|"planner"
        → at layout"
    `);
  });

  it('names a day sheet without blanks to print', () => {
    expect(problems({ ...valid, layout: 'day-sheet' })).toMatchInlineSnapshot(`
      "✖ a day sheet needs blanks to print
        → at blanks"
    `);
  });

  it('names an item id used twice, at the second use', () => {
    const twice = {
      ...valid,
      sections: [{ ...valid.sections[0], items: [...valid.sections[0].items, { id: 'do-it', text: 'Do it again, but better.' }] }],
    };
    expect(problems(twice)).toMatchInlineSnapshot(`
      "✖ item id "do-it" is used twice
        → at sections[0].items[1].id"
    `);
  });

  it('names a date on a list that is not a planner', () => {
    const dated = { ...valid, sections: [{ ...valid.sections[0], items: [{ ...valid.sections[0].items[0], due: 1 }] }] };
    expect(problems(dated)).toMatchInlineSnapshot(`
      "✖ only a planner dates its items (layout: planner)
        → at sections[0].items[0].due"
    `);
  });

  describe('on a planner', () => {
    const planner = (item: object) => ({
      ...valid,
      layout: 'planner',
      sections: [{ ...valid.sections[0], items: [{ ...valid.sections[0].items[0], ...item }] }],
    });

    it('accepts a habit, and a dated step with what to do once it is missed', () => {
      expect(problems(planner({ ongoing: 'Every week until you accept an offer' }))).toBe('valid');
      expect(problems(planner({ due: 'firstFollowUp', missed: 'Send it today instead.' }))).toBe('valid');
    });

    it('names a habit that also has a date', () => {
      expect(problems(planner({ due: 0, ongoing: 'Every week until you accept an offer' }))).toMatchInlineSnapshot(`
        "✖ a habit has no date: remove due, or ongoing
          → at sections[0].items[0].ongoing"
      `);
    });

    it('names a note marked as a habit', () => {
      const mindset = { id: 'mindset', text: 'Keep this in mind always.', note: true, ongoing: 'Every week, for good' };
      const list = { ...valid, layout: 'planner', sections: [{ ...valid.sections[0], items: [mindset, valid.sections[0].items[0]] }] };
      expect(problems(list)).toMatchInlineSnapshot(`
        "✖ a note is not something to do: remove ongoing, or note
          → at sections[0].items[0].ongoing"
      `);
    });

    it('names what to do once missed on a step with no date to miss', () => {
      expect(problems(planner({ missed: 'Send it today instead.' }))).toMatchInlineSnapshot(`
        "✖ only a dated step can be missed: add due, or remove missed
          → at sections[0].items[0].missed"
      `);
    });

    it('names a habit too short to say how often', () => {
      expect(problems(planner({ ongoing: 'Often' }))).toMatchInlineSnapshot(`
        "✖ Too small: expected string to have >=10 characters
          → at sections[0].items[0].ongoing"
      `);
    });
  });
});
