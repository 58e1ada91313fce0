package org.biwu.results;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.biwu.competition.Publication;

/**
 * The published results sheet for the notice board (成绩公示表), landscape A4 in Chinese: the competition,
 * the notice period and how to appeal, and per event its final standings with every module score, its
 * panel, and the head of its audit trail's hash chain, so that a copy kept elsewhere proves the trail
 * unchanged. Blocking: call it on a worker thread.
 */
final class ResultsSheetPdf {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** One line of an event's standings. */
    record Line(Integer rank, String bib, String name, String unit, List<BigDecimal> modules, BigDecimal total, String award) {
    }

    /** One event's part of the sheet. */
    record EventPart(String name, List<String> modules, List<Line> lines, List<String> panel, int auditEntries, String auditHead) {
    }

    private ResultsSheetPdf() {
    }

    static byte[] write(String competition, Publication publication, List<EventPart> events, OffsetDateTime printedAt, BaseFont font) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.addTitle(competition + " 成绩公示");
        document.addCreator("Biwu 比武");
        document.open();
        Font title = new Font(font, 18, Font.BOLD);
        Font body = new Font(font, 10);
        Font small = new Font(font, 8);
        Paragraph heading = new Paragraph(competition + " 成绩公示", title);
        heading.setAlignment(Element.ALIGN_CENTER);
        document.add(heading);
        document.add(new Paragraph("公示期：" + TIME.format(publication.publishedAt().atZoneSameInstant(CHINA)) + " 至 "
                + TIME.format(publication.noticeEndsAt().atZoneSameInstant(CHINA)) + "。公示期内，参赛选手或其所在单位对成绩有异议的，"
                + "可向竞赛组织者提出申诉。", body));
        for (EventPart event : events) {
            Paragraph name = new Paragraph(event.name(), new Font(font, 13, Font.BOLD));
            name.setSpacingBefore(12);
            name.setSpacingAfter(6);
            document.add(name);
            PdfPTable table = new PdfPTable(6 + event.modules().size());
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String header : header(event.modules())) {
                PdfPCell cell = new PdfPCell(new Phrase(header, body));
                cell.setGrayFill(0.9f);
                table.addCell(cell);
            }
            for (Line line : event.lines()) {
                table.addCell(new Phrase(line.rank() == null ? "—" : String.valueOf(line.rank()), body));
                table.addCell(new Phrase(line.bib(), body));
                table.addCell(new Phrase(line.name(), body));
                table.addCell(new Phrase(line.unit() == null ? "" : line.unit(), body));
                line.modules().forEach(score -> table.addCell(new Phrase(score == null ? "—" : score.toPlainString(), body)));
                table.addCell(new Phrase(line.total() == null ? "—" : line.total().toPlainString(), body));
                table.addCell(new Phrase(line.award() == null ? "" : line.award(), body));
            }
            document.add(table);
            document.add(new Paragraph("裁判组：" + String.join("、", event.panel()), body));
            document.add(new Paragraph("评分审计记录：共 " + event.auditEntries() + " 条，哈希链末端 SHA-256：" + event.auditHead(), small));
        }
        Paragraph printed = new Paragraph("打印时间：" + TIME.format(printedAt.atZoneSameInstant(CHINA)), small);
        printed.setSpacingBefore(12);
        document.add(printed);
        document.close();
        return out.toByteArray();
    }

    private static List<String> header(List<String> modules) {
        List<String> header = new java.util.ArrayList<>(List.of("名次", "参赛号", "姓名", "单位"));
        header.addAll(modules);
        header.addAll(List.of("总成绩", "奖项"));
        return header;
    }
}
