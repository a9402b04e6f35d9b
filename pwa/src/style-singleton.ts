// A stand-in for react-style-singleton (used by GraphiQL's dialogs, through
// react-remove-scroll, to lock the page's scroll while a dialog is open). The
// original adds a <style> element, which Walker's Content-Security-Policy
// refuses; this one adds the same CSS as a constructed stylesheet, which the
// policy allows. Same API: vite.config.ts puts it in the original's place.
import { useEffect } from "react";

/** stylesheetSingleton adds css while at least one user has added it. */
export function stylesheetSingleton() {
  let users = 0;
  let sheet: CSSStyleSheet | null = null;
  return {
    add(css: string) {
      if (users++ === 0) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      }
    },
    remove() {
      if (--users === 0 && sheet) {
        const gone = sheet;
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== gone);
        sheet = null;
      }
    },
  };
}

/** styleHookSingleton is a hook that adds css while the component is mounted. */
export function styleHookSingleton() {
  const sheet = stylesheetSingleton();
  return (css: string, dynamic?: boolean) => {
    useEffect(() => {
      sheet.add(css);
      return () => sheet.remove();
    }, [css && dynamic]);
  };
}

/** styleSingleton is a component that adds its styles while mounted. */
export function styleSingleton() {
  const useStyle = styleHookSingleton();
  return ({ styles, dynamic }: { styles: string; dynamic?: boolean }) => {
    useStyle(styles, dynamic);
    return null;
  };
}
