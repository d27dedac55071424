// Placeholder: the XLSX reader and writer, loaded only when a user opens
// or saves an .xlsx file.
export {};
