package org.yifa.evidence;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;

/** A spreadsheet cell as the text a user typed: ISO dates for Excel dates, whole numbers without ".0". */
public final class CellText {

    private CellText() {
    }

    /** The cell's text ("" when empty), or null when it holds an Excel error value. */
    public static String of(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDateTime value = cell.getLocalDateTimeCellValue();
                    yield value.toLocalTime().toSecondOfDay() == 0 ? value.toLocalDate().toString() : value.toString();
                }
                yield BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            }
            case ERROR -> null;
            default -> "";
        };
    }
}
