/**
 * The badge's QR code, drawn as vector squares (sharp at any printer resolution, and a few hundred bytes): error
 * correction M (15 % of the symbol may be dirty or creased and it still reads), with the standard quiet zone of
 * four modules kept white around it.
 */
import { fill, popGraphicsState, pushGraphicsState, rectangle, rgb, setFillingGrayscaleColor, type PDFOperator, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';

export const QUIET_ZONE_MODULES = 4;

/** The QR symbol's modules: `dark(row, column)`. */
export const qrModules = (text: string) => {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return { size: modules.size, dark: (row: number, column: number) => modules.get(row, column) === 1 };
};

/**
 * Draws the symbol of `text` in a square of `side` points whose lower-left corner is (x, y); the quiet zone is
 * inside the square. Each row's dark modules are one rectangle per run, and all of them one path filled once.
 */
export const drawQrCode = (page: PDFPage, text: string, { x, y, side }: { x: number; y: number; side: number }): void => {
  const { size, dark } = qrModules(text);
  const module = side / (size + 2 * QUIET_ZONE_MODULES);
  page.drawRectangle({ x, y, width: side, height: side, color: rgb(1, 1, 1) });
  const operators: PDFOperator[] = [pushGraphicsState(), setFillingGrayscaleColor(0)];
  for (let row = 0; row < size; row++) {
    let column = 0;
    while (column < size) {
      if (!dark(row, column)) {
        column++;
        continue;
      }
      const start = column;
      while (column < size && dark(row, column)) column++;
      // A hair taller than the module, so adjacent rows leave no anti-aliasing seam between them.
      operators.push(
        rectangle(
          x + (QUIET_ZONE_MODULES + start) * module,
          y + side - (QUIET_ZONE_MODULES + row + 1) * module,
          (column - start) * module,
          module + 0.01,
        ),
      );
    }
  }
  operators.push(fill(), popGraphicsState());
  page.pushOperators(...operators);
};
