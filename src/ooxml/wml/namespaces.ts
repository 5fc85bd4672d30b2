// Namespace URIs used by the parts we write.
export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
export const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const PKG_NS = "http://schemas.microsoft.com/office/2006/xmlPackage";
export const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
export const OFFICE_DOCUMENT_REL =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
export const STYLES_REL =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
export const SETTINGS_REL =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings";
export const CORE_PROPERTIES_REL =
  "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
export const DOCUMENT_CONTENT_TYPE =
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
export const STYLES_CONTENT_TYPE =
  "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
export const SETTINGS_CONTENT_TYPE =
  "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml";
export const RELS_CONTENT_TYPE = "application/vnd.openxmlformats-package.relationships+xml";
export const CORE_PROPERTIES_CONTENT_TYPE =
  "application/vnd.openxmlformats-package.core-properties+xml";
export const HEADER_REL =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header";
export const HEADER_CONTENT_TYPE =
  "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml";
export const FOOTER_REL =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer";
export const FOOTER_CONTENT_TYPE =
  "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml";
