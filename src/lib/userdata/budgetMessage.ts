import type { Lang } from '../catalogue/types.ts';
import type { BudgetRefusal } from './importBudget.ts';

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024).toLocaleString('en');
const n = (x: number, lang: Lang) => Math.round(x).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');

/** Why a file was refused before reading, and what to do instead, in the UI's language. */
export function budgetMessage(name: string, r: BudgetRefusal, lang: Lang): string {
  if (r.kind === 'rows') {
    return lang === 'zh'
      ? `${name}：约 ${n(r.estimated, lang)} 行（${mb(r.bytes)} MB），超过浏览器可容纳的 ${n(r.max, lang)} 行。请把文件拆成几个较小的文件分别导入；如需浏览整个数据集，可由管理员将其发布为流式图层（FlatGeobuf）。`
      : `${name}: about ${n(r.estimated, lang)} rows (${mb(r.bytes)} MB), more than the ${n(r.max, lang)} a browser can hold. Split it into smaller files and import them one by one; to browse the whole data set, an administrator can publish it as a streamed layer (FlatGeobuf).`;
  }
  return lang === 'zh'
    ? `${name}：读取约需 ${mb(r.need)} MB 内存，本浏览器上限为 ${mb(r.limit)} MB。请拆分文件，或另存为可分块读取的 CSV 或 GeoJSON 后再导入。`
    : `${name}: reading it would need about ${mb(r.need)} MB of memory; this browser allows ${mb(r.limit)} MB. Split the file, or save it as CSV or GeoJSON, which are read in pieces.`;
}
