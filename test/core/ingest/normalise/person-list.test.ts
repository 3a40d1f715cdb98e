/** unwrapPersonList: owners written as a list (ClickUp, Plane), values worked out by hand. */
import { unwrapPersonList } from '../../../../src/core/ingest/normalise/person-list';

describe('unwrapPersonList', () => {
  it.each([
    ['[Ana Lima, Ben Ode]', 'Ana Lima, Ben Ode'], // ClickUp Assignees
    ['[Ana Lima]', 'Ana Lima'],
    ['["Jane Smith"]', 'Jane Smith'], // Plane Assignees (JSON)
    ['["John Doe", "Jane Smith"]', 'John Doe, Jane Smith'],
    ["['Ana', 'Ben']", 'Ana, Ben'], // a Python list written out
    ['  [ Ana   Lima ,Ben Ode ]  ', 'Ana Lima, Ben Ode'],
    ['[Ana Lima, , Ben Ode]', 'Ana Lima, Ben Ode'],
    ['["", "Jane Smith"]', 'Jane Smith'],
  ])('%s reads as %s', (text, names) => {
    expect(unwrapPersonList(text)).toBe(names);
  });

  it.each(['[]', '[ ]', '[""]', '[,]'])('the empty list %s is no owner', (text) => {
    expect(unwrapPersonList(text)).toBeUndefined();
  });

  it.each([
    'Ana Lima', // not a list
    'Ana Lima [lead]', // brackets not around the whole
    '[Ana] and [Ben]',
    '[[Ana], [Ben]]', // nested
    '[{"name": "Ana"}]', // objects, not names
    '["Ana", 2]', // a JSON array of a name and a number
    '["Ana", "Ben"', // not closed
    '[',
  ])('%s is left as it is', (text) => {
    expect(unwrapPersonList(text)).toBe(text);
  });
});
