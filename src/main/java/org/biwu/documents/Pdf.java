package org.biwu.documents;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * What Biwu's PDF documents (certificates, results sheets; OpenPDF) share: the embedded Chinese font
 * (a TrueType file named by {@code biwu.certificates.pdf-font}, subset into each document) and QR codes
 * (ZXing), drawn as vector squares so that they print sharp at any size.
 */
public final class Pdf {

    private Pdf() {
    }

    /** The font at {@code path} ({@code file.ttc,0} for a collection), to embed with Unicode (Identity-H) encoding. */
    public static BaseFont font(String path) {
        try {
            return BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF font " + path + " cannot be read (Debian: apt-get install fonts-wqy-microhei)", e);
        } catch (DocumentException e) {
            throw new IllegalStateException("the PDF font " + path + " cannot be embedded", e);
        }
    }

    /** Draws the QR code of {@code text} (error correction M, quiet zone of 2 modules) with its lower left corner at x, y, {@code size} points wide. */
    public static void qr(PdfContentByte canvas, String text, float x, float y, float size) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2, EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("no QR code holds " + text.length() + " characters", e);
        }
        float module = size / matrix.getWidth();
        canvas.saveState();
        canvas.setRGBColorFill(0, 0, 0);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int column = 0; column < matrix.getWidth(); column++) {
                if (matrix.get(column, row)) {
                    canvas.rectangle(x + column * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        canvas.fill();
        canvas.restoreState();
    }
}
