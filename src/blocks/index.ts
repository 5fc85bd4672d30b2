// Drafting blocks: form input → paragraphs and borderless tables.
export * from "./block";
export * from "./document-number";
export * from "./header-block";
export * from "./title-block";
export * from "./kinh-gui-block";
export * from "./basis-block";
export * from "./body-block";
export * from "./closing-block";
export * from "./mark-block";
export * from "./outline";
export * from "./new-document";
export * from "./renumber";
