// CSV for the numbers behind each chart (RFC 4180: quoted where needed, CRLF lines). A cell a
// spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe: titles are
// written by people, and a CSV opened in a spreadsheet must not execute them.

export type TCsvCell = string | number | null;

function csvCell(value: TCsvCell): string {
  if (value === null) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: string[], rows: TCsvCell[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
