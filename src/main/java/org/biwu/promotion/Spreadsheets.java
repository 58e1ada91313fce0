package org.biwu.promotion;

import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The .xlsx downloads HR and organizers file as they are (FastExcel): one way to write them and to refuse them. */
final class Spreadsheets {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Dates as HR files them: China Standard Time, to the minute. */
    static final DateTimeFormatter CHINA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    /**
     * One worksheet: the header row first, then the rows (each value a String or an Integer).
     *
     * @param widths     column widths in characters, in the order of the header
     * @param wrapColumn the column of long text that wraps (0-based), or -1
     */
    record Sheet(String name, List<List<Object>> rows, double[] widths, int wrapColumn) {
    }

    private Spreadsheets() {
    }

    /** A refusal as the download's answer: plain text in the reader's language. */
    static Response refused(Response.Status status, String message) {
        return Response.status(status).type("text/plain; charset=UTF-8").entity(message).build();
    }

    /** The workbook as a download named {@code filename}. */
    static Response download(String filename, List<Sheet> sheets) {
        return Response.ok(write(sheets), XLSX).header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }

    /**
     * Writes the sheets, the header row bold on a light fill and kept in view; to be called on a worker
     * thread (FastExcel writes synchronously).
     */
    static byte[] write(List<Sheet> sheets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Biwu", "1.0");
            for (Sheet sheet : sheets) {
                Worksheet ws = wb.newWorksheet(sheet.name());
                List<List<Object>> rows = sheet.rows();
                for (int r = 0; r < rows.size(); r++) {
                    List<Object> row = rows.get(r);
                    for (int col = 0; col < row.size(); col++) {
                        Object value = row.get(col);
                        if (value instanceof Integer number) {
                            ws.value(r, col, number);
                        } else {
                            ws.value(r, col, (String) value);
                        }
                    }
                }
                for (int col = 0; col < sheet.widths().length; col++) {
                    ws.width(col, sheet.widths()[col]);
                    ws.style(0, col).bold().fillColor("DDEBF7").set();
                }
                if (sheet.wrapColumn() >= 0) {
                    ws.range(1, sheet.wrapColumn(), Math.max(1, rows.size() - 1), sheet.wrapColumn()).style().wrapText(true).set();
                }
                ws.freezePane(0, 1);
                ws.finish();
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
