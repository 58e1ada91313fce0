package org.biwu.certificates;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.biwu.documents.Pdf;

/**
 * A certificate as a printable A4 page in Chinese: the kind (荣誉证书, 技能等级证书), the holder, what
 * they achieved in which competition, the issuer and the date, the number, and a QR code of the public
 * confirmation's address. Blocking: call it on a worker thread.
 */
final class CertificatePdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final Color RED = new Color(0xB7, 0x1C, 0x1C);

    /** What the page says. */
    record Content(String number, CertificateKind kind, String title, String holder, String competition, String event, String issuer,
                   java.time.OffsetDateTime issuedAt, String verificationUrl, boolean revoked) {
    }

    private CertificatePdf() {
    }

    static byte[] write(Content c, BaseFont font) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 72, 72, 72, 72);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(heading(c.kind()) + " " + c.number());
        document.addCreator("Biwu 比武");
        document.open();
        PdfContentByte canvas = writer.getDirectContent();
        float width = PageSize.A4.getWidth();
        float height = PageSize.A4.getHeight();
        // a double frame
        canvas.setColorStroke(RED);
        canvas.setLineWidth(3);
        canvas.rectangle(36, 36, width - 72, height - 72);
        canvas.stroke();
        canvas.setLineWidth(0.8f);
        canvas.rectangle(44, 44, width - 88, height - 88);
        canvas.stroke();

        line(canvas, heading(c.kind()), new Font(font, 40, Font.NORMAL, RED), width / 2, height - 170, Element.ALIGN_CENTER);
        Font body = new Font(font, 18);
        line(canvas, c.holder() + "：", body, 100, height - 270, Element.ALIGN_LEFT);
        ColumnText text = new ColumnText(canvas);
        text.setSimpleColumn(100, height - 460, width - 100, height - 290);
        text.setLeading(34);
        text.addText(new Phrase("　　" + sentence(c), body));
        text.go();

        Font small = new Font(font, 14);
        line(canvas, c.issuer(), small, width - 100, 300, Element.ALIGN_RIGHT);
        line(canvas, DATE.format(c.issuedAt().atZoneSameInstant(ZoneId.of("Asia/Shanghai"))), small, width - 100, 276, Element.ALIGN_RIGHT);

        Pdf.qr(canvas, c.verificationUrl(), 96, 96, 110);
        Font note = new Font(font, 10, Font.NORMAL, Color.DARK_GRAY);
        line(canvas, "证书编号：" + c.number(), note, 220, 150, Element.ALIGN_LEFT);
        line(canvas, "扫描二维码或访问以下地址核验本证书：", note, 220, 132, Element.ALIGN_LEFT);
        line(canvas, c.verificationUrl(), note, 220, 116, Element.ALIGN_LEFT);
        if (c.revoked()) {
            line(canvas, "本证书已撤销", new Font(font, 48, Font.NORMAL, RED), width / 2, height / 2, Element.ALIGN_CENTER);
        }
        document.close();
        return out.toByteArray();
    }

    static String heading(CertificateKind kind) {
        return kind == CertificateKind.SKILL_LEVEL ? "技能等级证书" : "荣誉证书";
    }

    /** The certificate's sentence, e.g. 在2026年电工技能比武电工赛项中荣获一等奖。 */
    static String sentence(Content c) {
        String where = "在" + c.competition() + "“" + c.event() + "”赛项中";
        return switch (c.kind()) {
            case AWARD -> where + "荣获" + c.title() + "。";
            case SKILL_LEVEL -> where + "成绩优异，经评定，核定其职业技能等级为" + c.title() + "。";
            case TITLE -> where + "表现突出，被授予“" + c.title() + "”称号。";
        };
    }

    private static void line(PdfContentByte canvas, String text, Font font, float x, float y, int alignment) {
        ColumnText.showTextAligned(canvas, alignment, new Phrase(text, font), x, y, 0);
    }
}
