// Ribbon function file: both Home-tab buttons open the task pane, so it registers no functions.
/* global Office */

// Office waits for every add-in page, the function file included, to initialise before it runs ribbon actions.
void Office.onReady();
