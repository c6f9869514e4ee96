/**
 * Example themes as `--sk-*` tokens: the Storybook theme switch and the dark-theme tests use these,
 * so what is shown is what is tested. Only tokens; everything else derives from them.
 */
export const THEMES: Record<'default' | 'forbund' | 'dark', Record<string, string>> = {
  default: {},
  forbund: { '--sk-color-accent': '#6a1b4d', '--sk-radius': '12px', '--sk-font-family': 'Georgia, serif' },
  dark: {
    '--sk-color-accent': '#8cc8ff',
    '--sk-color-text': '#f2f2f2',
    '--sk-color-background': '#161b22',
    '--sk-color-border': '#8b949e',
  },
};

/** Sets a theme's tokens on an element (the page's root by default); returns a function undoing it. */
export function applyTheme(
  theme: Record<string, string>,
  el: HTMLElement = document.documentElement,
): () => void {
  for (const [name, value] of Object.entries(theme)) el.style.setProperty(name, value);
  return () => {
    for (const name of Object.keys(theme)) el.style.removeProperty(name);
  };
}
