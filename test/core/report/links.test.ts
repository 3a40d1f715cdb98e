import { linkTarget } from '../../../src/core/report/links';

/**
 * Link targets from hostile file names: every character a URL treats specially is
 * percent-encoded (RFC 3986: gen-delims : / ? # [ ] @, sub-delims ! $ & ' ( ) * + , ; =, and
 * % itself), so a name can never supply a scheme, host, query or fragment; the expected strings
 * are worked out by hand from the UTF-8 bytes of each character.
 */
const at = (file: string) => linkTarget({ kind: 'external', file, sheet: 'Plan', address: 'c7' });

describe('linkTarget', () => {
  it('keeps an internal link a place in this workbook, the sheet quoted the way Excel quotes it', () => {
    expect(linkTarget({ kind: 'internal', sheet: "O'Neil plan", address: 'b7' })).toBe("#'O''Neil plan'!$B$7");
  });

  it('gives each link its own file and sheet when links to two files and sheets alternate', () => {
    const targets = [
      linkTarget({ kind: 'external', file: 'a b.xlsx', sheet: 'Plan', address: 'A1' }),
      linkTarget({ kind: 'external', file: 'a b.xlsx', sheet: "Q'3", address: 'A2' }),
      linkTarget({ kind: 'external', file: 'c.xlsx', sheet: "Q'3", address: 'A3' }),
      linkTarget({ kind: 'internal', sheet: 'Plan', address: 'A4' }),
      linkTarget({ kind: 'external', file: 'a b.xlsx', sheet: 'Plan', address: 'A5' }),
    ];
    expect(targets).toEqual(["a%20b.xlsx#'Plan'!$A$1", "a%20b.xlsx#'Q''3'!$A$2", "c.xlsx#'Q''3'!$A$3", "#'Plan'!$A$4", "a%20b.xlsx#'Plan'!$A$5"]);
  });

  it.each([
    ['javascript:alert(1).xlsx', 'javascript%3Aalert%281%29.xlsx'],
    ['a#b%20c.xlsx', 'a%23b%2520c.xlsx'],
    ['plan?x=1&y=2.xlsx', 'plan%3Fx%3D1%26y%3D2.xlsx'],
    ["it's [v2] @home!*+,;$.xlsx", 'it%27s%20%5Bv2%5D%20%40home%21%2A%2B%2C%3B%24.xlsx'],
    ['back\\slash.xlsx', 'back%5Cslash.xlsx'],
    ['line\nbreak\u001b[2J.xlsx', 'line%0Abreak%1B%5B2J.xlsx'],
    ['Café – plan.xlsx', 'Caf%C3%A9%20%E2%80%93%20plan.xlsx'],
    ['http://evil.example/x.xlsx', 'http%3A/evil.example/x.xlsx'],
    ['../plans/Q3 plan.xlsx', '../plans/Q3%20plan.xlsx'],
    ['plans//./Q3.xlsx', 'plans/Q3.xlsx'],
    ['lone\uD800.xlsx', 'lone%EF%BF%BD.xlsx'],
  ])('a file named %j is linked as the relative file %s', (file, encoded) => {
    expect(at(file)).toBe(`${encoded}#'Plan'!$C$7`);
  });

  it.each([
    ['/srv/plans/Q3 plan.xlsx', 'file:///srv/plans/Q3%20plan.xlsx'],
    ['C:/Users/ana/Q3#1.xlsx', 'file:///C:/Users/ana/Q3%231.xlsx'],
    ['//fileserver/share/Q3.xlsx', 'file://fileserver/share/Q3.xlsx'],
  ])('an absolute path %j becomes the file URL %s', (file, url) => {
    expect(at(file)).toBe(`${url}#'Plan'!$C$7`);
  });

  it('gives a relative name no scheme, whatever it is called', () => {
    const names = ['javascript:x', 'data:text/html,x', 'vbscript:x', 'mailto:a@b', 'JaVaScRiPt:x', ' javascript:x', '\tjavascript:x', 'file:x', 'C:x.xlsx'];
    const schemes = names.map((name) => /^[A-Za-z][A-Za-z0-9+.-]*:/.exec(at(name))?.[0] ?? 'none');
    expect(schemes).toEqual(names.map(() => 'none'));
  });
});
