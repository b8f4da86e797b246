// `custom-elements-manifest analyze`, run by `npm run build`: dist/custom-elements.json, read from
// the class's JSDoc (@summary, @slot, @csspart, @cssproperty, @attr, @fires) and its declared
// properties. The manifest describes the published modules, not the source files.
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
  plugins: [publicOnly(), publishedPaths()],
};
