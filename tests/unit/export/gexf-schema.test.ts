// The GEXF export checked against the official GEXF 1.3 schemas (tests/fixtures/gexf-1.3, see its
// README) with xmllint: the RELAX NG schema on the file as written, the XSD on the same file with
// the viz namespace renamed (the published XSD misplaces the viz elements). Without xmllint the
// test fails under CI=true and is skipped loudly otherwise.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GEXF_NAMESPACE, GEXF_VIZ_NAMESPACE, writeGexf } from '../../../src/lib/export/gexf';
import { bundledGraph, HOSTILE, hostileGraph, networkFor } from './export-graphs';

const SCHEMAS = join(__dirname, '../../fixtures/gexf-1.3');
// XMLLINT names another binary (XMLLINT=/nowhere shows what happens without one).
const XMLLINT = process.env.XMLLINT ?? 'xmllint';
const hasXmllint = spawnSync(XMLLINT, ['--version']).status === 0;

if (!hasXmllint) {
  console.error([
    '',
    '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
    '!! GEXF schema validation NOT run: xmllint is not installed.          !!',
    '!! Install it:  sudo apt-get install -y libxml2-utils                 !!',
    '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
    '',
  ].join('\n'));
}

const dir = mkdtempSync(join(tmpdir(), 'atlas-gexf-'));
let files = 0;

/** xmllint's verdict on a document: exit status and what it printed. */
function xmllint(mode: '--schema' | '--relaxng', schema: string, xml: string): { ok: boolean; output: string } {
  const file = join(dir, `export-${files++}.gexf`);
  writeFileSync(file, xml);
  const result = spawnSync(XMLLINT, ['--noout', mode, join(SCHEMAS, schema), file], { encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

/** The same document with the viz elements in the namespace where the published XSD expects them. */
const forXsd = (xml: string) => xml.replace(`xmlns:viz="${GEXF_VIZ_NAMESPACE}"`, `xmlns:viz="${GEXF_NAMESPACE}"`);

function validate(xml: string) {
  return { relaxng: xmllint('--relaxng', 'gexf.rng', xml), xsd: xmllint('--schema', 'gexf.xsd', forXsd(xml)) };
}

describe('GEXF export against the GEXF 1.3 schemas', () => {
  if (!hasXmllint && process.env.CI === 'true') {
    it('needs xmllint under CI', () => {
      expect.fail('xmllint is not installed: .ci/run must install libxml2-utils');
    });
    return;
  }

  it.skipIf(!hasXmllint)('the bundled dataset, whole and in a time window, is valid GEXF 1.3', () => {
    const input = bundledGraph();
    for (const network of [networkFor(input), networkFor(input, { years: { from: 1936, to: 1939 }, hiddenKinds: ['work'] })]) {
      const { relaxng, xsd } = validate(writeGexf(network, new Date('2026-03-04')));
      expect(relaxng.output).toMatch(/validates/);
      expect(relaxng.ok).toBe(true);
      expect(xsd.output).toMatch(/validates/);
      expect(xsd.ok).toBe(true);
    }
  });

  it.skipIf(!hasXmllint)('hostile text is valid GEXF 1.3 too', () => {
    const { relaxng, xsd } = validate(writeGexf(networkFor(hostileGraph(), {}, HOSTILE.controls), new Date('2026-03-04')));
    expect(relaxng.ok, relaxng.output).toBe(true);
    expect(xsd.ok, xsd.output).toBe(true);
  });

  it.skipIf(!hasXmllint)('the schemas reject a broken file, so a pass means something', () => {
    const good = writeGexf(networkFor(hostileGraph()), new Date('2026-03-04'));
    const negativeSize = good.replace('<viz:size value="8"/>', '<viz:size value="-8"/>');
    const wrongType = good.replace('type="liststring"', 'type="list-of-strings"');
    const strayElement = good.replace('<nodes count="3">', '<nodes count="3"><note/>');
    for (const bad of [negativeSize, wrongType, strayElement]) {
      expect(bad).not.toBe(good);
      const { relaxng, xsd } = validate(bad);
      expect(relaxng.ok).toBe(false);
      expect(xsd.ok).toBe(false);
    }
  });
});
