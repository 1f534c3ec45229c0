import { describe, expect, it } from 'vitest';
import { buildCmsConfig } from '../../src/cms/config';
import { YAML_LIST_FIELD, YAML_LIST_FORMAT } from '../../src/cms/collections';
import type { CmsField } from '../../src/cms/fields';
import { loadDataFile } from '../../src/loaders/content-files';
import { dataFiles, markdownCollections, readCategoryNames } from '../../src/loaders/content-model';
import { diffField, diffFields } from './cms-config-diff';

const root = process.cwd();
const site = loadDataFile(root, dataFiles.site.file, dataFiles.site.schema);
const categories = readCategoryNames(root);
const config = buildCmsConfig(site, categories);
type AnyCollection = { name: string; folder?: string; format?: string; fields?: CmsField[]; files?: { name: string; file: string; fields: CmsField[] }[] };
const collections = config.collections as AnyCollection[];

const models = markdownCollections(root);

describe('CMS config mirrors the content model', () => {
  it('has a folder collection for every Markdown collection, and no other', () => {
    const folders = collections.filter((c) => c.folder);
    expect(folders.map((c) => [c.name, c.folder]).sort()).toEqual(Object.entries(models).map(([name, m]) => [name, m.dir]).sort());
  });

  it('has an entry for every data file, and no other', () => {
    const files = collections.flatMap((c) => c.files ?? []);
    expect(files.map((f) => [f.name, f.file]).sort()).toEqual(Object.entries(dataFiles).map(([name, d]) => [name, d.file]).sort());
  });

  for (const [name, model] of Object.entries(models)) {
    it(`${name}: front-matter fields match the schema, and the body uses the IME-safe Markdown widget`, () => {
      const collection = collections.find((c) => c.name === name)!;
      const fields = collection.fields!;
      const bodyField = fields.find((f) => f.name === 'body');
      expect(bodyField?.widget).toBe('korean-markdown');
      expect(diffFields(model.schema as never, fields.filter((f) => f !== bodyField), name)).toEqual([]);
    });
  }

  for (const [name, data] of Object.entries(dataFiles)) {
    it(`${name}: fields match ${data.file}'s schema`, () => {
      const collection = collections.find((c) => c.files?.some((f) => f.name === name))!;
      const file = collection.files!.find((f) => f.name === name)!;
      const schema = data.schema as never as { _zod: { def: { type: string } } };
      if (schema._zod.def.type === 'array') {
        // Decap edits maps only; a top-level list goes through the yaml-list format's single field.
        expect(collection.format).toBe(YAML_LIST_FORMAT);
        expect(file.fields.map((f) => f.name)).toEqual([YAML_LIST_FIELD]);
        expect(diffField(data.schema as never, file.fields[0], name)).toEqual([]);
      } else {
        expect(collection.format).toBe('yml');
        expect(diffFields(data.schema as never, file.fields, name)).toEqual([]);
      }
    });
  }

  it('offers exactly the categories in content/data/*-categories.yaml', () => {
    const field = (collection: string, name: string) => collections.find((c) => c.name === collection)!.fields!.find((f) => f.name === name)!;
    expect(field('cardNews', 'category').options).toEqual(categories.cardNews);
    expect(field('programs', 'category').options).toEqual(categories.program);
  });

  it('never uses Decap’s own Markdown widget, which has garbled composed Korean (decap-cms #1347)', () => {
    expect(JSON.stringify(config)).not.toMatch(/"widget":"markdown"/);
  });
});

describe('the comparison notices differences', () => {
  const programSchema = models.programs.schema as never;
  const programFields = () => structuredClone(collections.find((c) => c.name === 'programs')!.fields!.filter((f) => f.name !== 'body'));

  it('a missing field, an extra field and a changed required-ness', () => {
    const fields = programFields().filter((f) => f.name !== 'audience');
    fields.push({ name: 'venue', label: '장소', widget: 'string' });
    fields.find((f) => f.name === 'series')!.required = true;
    const problems = diffFields(programSchema, fields, 'programs');
    expect(problems).toEqual(
      expect.arrayContaining([expect.stringContaining('programs.audience'), expect.stringContaining('programs.venue'), expect.stringContaining('programs.series')]),
    );
  });

  it('a date-time written in UTC, a date widget that drops the time, a free-text category', () => {
    const fields = programFields();
    fields.find((f) => f.name === 'start')!.picker_utc = true;
    Object.assign(fields.find((f) => f.name === 'end')!, { format: 'YYYY-MM-DDTHH:mm:ss.SSSZ' });
    Object.assign(fields.find((f) => f.name === 'category')!, { widget: 'string', options: undefined });
    const problems = diffFields(programSchema, fields, 'programs');
    expect(problems.some((p) => p.startsWith('programs.start:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('programs.end:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('programs.category:'))).toBe(true);
  });

  it('a pattern that lets through what the schema refuses', () => {
    const siteFields = structuredClone(collections.find((c) => c.name === 'settings')!.files!.find((f) => f.name === 'site')!.fields);
    siteFields.find((f) => f.name === 'phone')!.pattern = ['^[0-9-]+$', '숫자'];
    expect(diffFields(dataFiles.site.schema as never, siteFields, 'site').some((p) => p.startsWith('site.phone:'))).toBe(true);
  });
});

describe('production settings', () => {
  it('takes the Git backend from site.yaml and uses the editorial workflow', () => {
    expect(config.backend).toMatchObject({ name: 'github', repo: site.cms!.repo, branch: site.cms!.branch, base_url: site.cms!.baseUrl });
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config).toMatchObject({ load_config_file: false, locale: 'ko', local_backend: true, media_folder: 'public/uploads', public_folder: '/uploads' });
  });
});
