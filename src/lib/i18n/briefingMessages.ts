import type { Localized } from '../catalogue/types.ts';

/** The briefing player, speaker view and briefing panel. */
export const BRIEFING_MESSAGES = {
  previousScene: { zh: '上一场景', en: 'Previous scene' },
  nextSceneButton: { zh: '下一场景', en: 'Next scene' },
  exportSize: { zh: '导出尺寸', en: 'Export size' },
  blankScreen: { zh: '黑屏', en: 'Blank screen' },
  briefingControls: { zh: '演示控制', en: 'Briefing controls' },
  speakerView: { zh: '演讲者视图', en: 'Speaker view' },
  speakerBlocked: { zh: '浏览器阻止了演讲者视图窗口，请允许本页弹出窗口后重试', en: 'The browser blocked the speaker window: allow pop-ups for this page and try again' },
  currentScene: { zh: '当前场景', en: 'Current scene' },
  lastScene: { zh: '已是最后一个场景', en: 'This is the last scene' },
  notes: { zh: '讲稿', en: 'Notes' },
  noNotes: { zh: '（本场景无讲稿）', en: '(no notes for this scene)' },
  elapsed: { zh: '已用时间', en: 'Elapsed' },
  resetTimer: { zh: '重新计时', en: 'Reset timer' },
  sceneList: { zh: '场景列表', en: 'Scenes' },
  stillLoading: { zh: '正在生成预览…', en: 'Rendering preview…' },
  stillFailed: { zh: '预览无法生成', en: 'Preview unavailable' },
  speakerKeys: {
    zh: '在任一窗口按键均可控制演示：← → / PageUp PageDown / 空格 翻页 · Home / End 第一个 / 最后一个场景 · B 黑屏 · Esc 自由浏览 · . 返回 · F 全屏',
    en: 'Keys work in either window: ← → / PageUp PageDown / Space: scenes · Home / End: first / last scene · B: blank · Esc: explore · .: back · F: full screen',
  },
  briefingNotSaved: { zh: '简报未能保存到本地存储，刷新后将丢失', en: 'The briefing could not be saved locally and will be lost on reload' },
  sceneStill: { zh: '场景预览', en: 'Scene preview' },
} satisfies Record<string, Localized>;
