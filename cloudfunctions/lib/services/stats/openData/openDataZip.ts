import { strToU8, zipSync } from 'fflate';
import { openDataFiles } from '@domain/stats/openData';
import { toCsv, type CsvCell } from './csv';

export interface OpenDataContent {
  matters: CsvCell[][];
  monthlyFigures: CsvCell[][];
}

const headerOf = (index: number) => openDataFiles[index].columns.map((column) => column.name);

/** The data dictionary as a CSV: a line per column of every file, this one included. */
function dictionaryRows(): CsvCell[][] {
  return openDataFiles.flatMap((file) => file.columns.map((column) => [file.name, column.name, column.meaning]));
}

/** The community's ZIP: 说事.csv, 每月统计.csv and 数据说明.csv, in the order openDataFiles lists them. */
export function openDataZip(content: OpenDataContent, modified: number): Uint8Array {
  const [matters, figures, dictionary] = openDataFiles.map((file) => file.name);
  return zipSync(
    {
      [matters]: strToU8(toCsv(headerOf(0), content.matters)),
      [figures]: strToU8(toCsv(headerOf(1), content.monthlyFigures)),
      [dictionary]: strToU8(toCsv(headerOf(2), dictionaryRows())),
    },
    { mtime: modified },
  );
}
