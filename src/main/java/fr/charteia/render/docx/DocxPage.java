package fr.charteia.render.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** The page: A4 portrait and the layout's margins, in the body's section properties. */
final class DocxPage {

    private DocxPage() {
    }

    static void setUp(XWPFDocument document, DocxLayout layout) {
        CTBody body = document.getDocument().getBody();
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(DocxXml.big(DocxLayout.PAGE_WIDTH));
        size.setH(DocxXml.big(DocxLayout.PAGE_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(DocxXml.big(layout.margin()));
        margins.setBottom(DocxXml.big(layout.margin()));
        margins.setLeft(DocxXml.big(layout.margin()));
        margins.setRight(DocxXml.big(layout.margin()));
        margins.setHeader(DocxXml.big(layout.headerDistance()));
        margins.setFooter(DocxXml.big(layout.headerDistance()));
        margins.setGutter(DocxXml.big(0));
    }
}
