// Fluent's dark theme in a module of its own, so its tokens are a chunk fetched only when Office is dark.

import { type Theme, webDarkTheme } from "@fluentui/react-components";

export const darkTheme: Theme = webDarkTheme;
