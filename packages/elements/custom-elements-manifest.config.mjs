// Configuration of `cem analyze` (@custom-elements-manifest/analyzer): writes custom-elements.json
// from the elements' JSDoc. The manifest ships with the package, so its module paths point at the
// published JavaScript in dist/ rather than at the TypeScript sources. The Lit plugin also lists
// internal state (`static properties` entries with `state: true`, named `_…`) as attributes, and
// `dispatchEvent(new CustomEvent(name, …))` in a helper as an event called "name"; both are dropped.
const toDist = (path) => path?.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/fixtures/**'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'samordningskartan-dist-paths',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          mod.path = toDist(mod.path);
          for (const exp of mod.exports ?? []) {
            if (exp.declaration?.module) exp.declaration.module = toDist(exp.declaration.module);
          }
          for (const decl of mod.declarations ?? []) {
            if (decl.attributes)
              decl.attributes = decl.attributes.filter((a) => !a.fieldName?.startsWith('_'));
            if (decl.members) decl.members = decl.members.filter((m) => !m.name.startsWith('_'));
            if (decl.events) decl.events = decl.events.filter((e) => e.name?.includes('-'));
            if (decl.superclass?.module) decl.superclass.module = toDist(decl.superclass.module);
            for (const member of [...(decl.members ?? []), ...(decl.attributes ?? [])]) {
              if (member.inheritedFrom?.module)
                member.inheritedFrom.module = toDist(member.inheritedFrom.module);
            }
          }
        }
      },
    },
  ],
};
