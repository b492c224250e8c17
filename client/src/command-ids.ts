// Command ids contributed in package.json (the manifest test checks the two agree).
export const COMMANDS = {
  restartServer: 'newsAnnotator.restartServer',
  checkAllArticles: 'newsAnnotator.checkAllArticles',
  addSourceToClaim: 'newsAnnotator.addSourceToClaim',
  addEntity: 'newsAnnotator.addEntity',
  openEntityDefinitions: 'newsAnnotator.openEntityDefinitions',
  exportCleanCopy: 'newsAnnotator.exportCleanCopy',
} as const;
