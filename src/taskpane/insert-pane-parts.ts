// The Fluent components the Insert pane draws on its first render, gathered so its code can evaluate them in a task
// of their own (insert-pane-steps.ts) before the pane's own modules.

export {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Divider,
  Dropdown,
  Field,
  Input,
  Link,
  Option,
  Radio,
  RadioGroup,
  Text,
  Textarea,
} from "@fluentui/react-components";
