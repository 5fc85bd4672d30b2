// Blocks → the body content of a WordprocessingML document, each block in its own tagged content control.

import type { Block } from "../blocks/block";
import { blockContentControl } from "./wml/content-control";
import { paragraph } from "./wml/paragraph";
import { table } from "./wml/table";

/**
 * Block-level XML for one block, wrapped in its tagged content control when `tagged` (what the add-in inserts);
 * `neutral` paragraphs carry every paragraph property themselves (see paragraphProperties).
 * Files written for the command line leave the wrapper out: LibreOffice drops the run formatting of the first
 * paragraph inside a block-level content control (seen with LibreOffice 7.4).
 */
export function blockXml(block: Block, tagged: boolean, neutral = false): string[] {
  const content = block.content.map((item) =>
    item.kind === "table" ? table(item, block.font, neutral) : paragraph(item, block.font, neutral)
  );
  return tagged ? [blockContentControl(block.name, block.title, content)] : content;
}
