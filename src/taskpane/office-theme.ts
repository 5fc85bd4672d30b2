// The Fluent theme that matches Office's: dark when Office paints the pane's background dark.

import { type Theme, webLightTheme } from "@fluentui/react-components";

/** Relative luminance of a "#RRGGBB" colour (WCAG), or null when the text is not such a colour. */
function luminance(color: string): number | null {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim());
  if (!match) return null;
  const [r = 0, g = 0, b = 0] = match.slice(1).map((hex) => {
    const channel = parseInt(hex, 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Office's body colour, when it has one, is dark: Black and Dark Gray Office themes. */
export function isDarkOfficeTheme(
  officeTheme: { readonly bodyBackgroundColor?: string } | undefined
): boolean {
  const background = officeTheme?.bodyBackgroundColor;
  const level = typeof background === "string" ? luminance(background) : null;
  return level !== null && level < 0.2;
}

/**
 * webDarkTheme when Office's body background is dark, webLightTheme otherwise, including when Office gives no
 * theme (Word on the web, older hosts, a plain browser). The dark theme is a chunk of its own, fetched only then.
 */
export async function themeForOffice(
  officeTheme: { readonly bodyBackgroundColor?: string } | undefined
): Promise<Theme> {
  if (!isDarkOfficeTheme(officeTheme)) return webLightTheme;
  try {
    const { darkTheme } = await import(/* webpackChunkName: "dark-theme" */ "./dark-theme");
    return darkTheme;
  } catch {
    // A pane in light colours beats no pane when the chunk cannot load.
    return webLightTheme;
  }
}
