// `custom-elements-manifest analyze`, run by `npm run build`: dist/custom-elements.json, read from
// the class's JSDoc (@summary, @slot, @csspart, @cssproperty, @attr, @fires) and its declared
// properties (the property table, src/element/countdown-properties.ts). The manifest describes the
// published modules, not the source files.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

const PUBLISHED_PATHS = {
  'src/index.ts': 'dist/index.js',
  'src/element/release-countdown.ts': 'dist/element.js',
};

/** The global attributes the element observes keep their native properties of the same name. */
const NATIVE_PROPERTY_ATTRIBUTES = new Set(['title', 'lang']);

/** Private fields and methods are not part of the element's interface. */
function publicOnly() {
  return {
    name: 'release-countdown-public-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          declaration.members = declaration.members?.filter((member) => member.privacy !== 'private');
          for (const attribute of declaration.attributes ?? []) {
            if (NATIVE_PROPERTY_ATTRIBUTES.has(attribute.name)) attribute.fieldName ??= attribute.name;
          }
        }
      }
    },
  };
}

const PROPERTY_TABLE = 'src/element/countdown-properties.ts';

/**
 * Each entry of the property table: its name, attribute, type (from its default's `as`),
 * default and description, read from the source, as the analyzer reads class fields.
 */
function propertyTable() {
  const source = ts.createSourceFile(
    PROPERTY_TABLE,
    readFileSync(PROPERTY_TABLE, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  let table;
  source.forEachChild((node) => {
    if (!ts.isVariableStatement(node)) return;
    for (const declaration of node.declarationList.declarations) {
      if (declaration.name.getText(source) === 'countdownProperties') table = declaration.initializer;
    }
  });
  while (table && !ts.isObjectLiteralExpression(table)) table = table.expression;
  if (!table) throw new Error(`${PROPERTY_TABLE}: no countdownProperties table`);
  return table.properties.map((entry) => {
    const fields = Object.fromEntries(
      entry.initializer.properties.map((field) => [field.name.getText(source), field.initializer]),
    );
    const defaultValue = fields.default;
    return {
      name: entry.name.getText(source),
      attribute: fields.attribute.text,
      type: ts.isAsExpression(defaultValue) ? defaultValue.type.getText(source) : 'unknown',
      default: (ts.isAsExpression(defaultValue) ? defaultValue.expression : defaultValue).getText(source),
      description: ts
        .getJSDocCommentsAndTags(entry)
        .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
        .join(' '),
    };
  });
}

/**
 * The element's properties, fields and attributes, from the property table. Its `@attr` lines,
 * which lit-analyzer needs, must name the same attributes: the build fails when they do not.
 */
function propertiesFromTable() {
  return {
    name: 'release-countdown-property-table',
    packageLinkPhase({ customElementsManifest }) {
      const element = customElementsManifest.modules
        .flatMap((module) => module.declarations ?? [])
        .find((declaration) => declaration.customElement);
      const table = propertyTable();
      const fromTable = new Set(table.map(({ attribute }) => attribute));
      const documented = (element.attributes ?? []).filter(({ name }) => !NATIVE_PROPERTY_ATTRIBUTES.has(name));
      const missing = [...fromTable].filter((name) => !documented.some((attribute) => attribute.name === name));
      const extra = documented.filter(({ name }) => !fromTable.has(name)).map(({ name }) => name);
      if (missing.length || extra.length) {
        throw new Error(
          `The @attr lines of <release-countdown> and ${PROPERTY_TABLE} disagree: missing ${missing.join(', ') || 'none'}, not in the table ${extra.join(', ') || 'none'}`,
        );
      }
      element.members = (element.members ?? []).filter(
        (member) => !table.some(({ name }) => name === member.name) && member.name !== 'properties',
      );
      for (const { name, attribute, type, default: value, description } of table) {
        const entry = documented.find((candidate) => candidate.name === attribute);
        Object.assign(entry, { fieldName: name, type: { text: type }, default: value, description });
        element.members.push({
          kind: 'field',
          name,
          privacy: 'public',
          type: { text: type },
          default: value,
          description,
          attribute,
        });
      }
    },
  };
}

/**
 * Module paths name the published files, and each export names the module that declares it.
 * Type-only exports (interfaces) have no declaration in the manifest and are left out.
 */
function publishedPaths() {
  return {
    name: 'release-countdown-published-paths',
    packageLinkPhase({ customElementsManifest }) {
      const { modules } = customElementsManifest;
      for (const module of modules) module.path = PUBLISHED_PATHS[module.path] ?? module.path;
      const declaredIn = new Map(
        modules.flatMap((module) => (module.declarations ?? []).map((declaration) => [declaration.name, module.path])),
      );
      for (const module of modules) {
        module.exports = module.exports?.filter((entry) => declaredIn.has(entry.declaration.name));
        for (const entry of module.exports ?? []) entry.declaration.module = declaredIn.get(entry.declaration.name);
      }
    },
  };
}

export default {
  globs: Object.keys(PUBLISHED_PATHS),
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [publicOnly(), propertiesFromTable(), publishedPaths()],
};
