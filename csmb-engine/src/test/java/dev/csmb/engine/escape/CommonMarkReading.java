package dev.csmb.engine.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * What a reader sees in a Markdown document, per commonmark-java (CommonMark plus GitHub tables): its block
 * structure, and its text with {@code <br>} read as a line break and a soft line break as {@value #SOFT_BREAK}.
 * Any other inline markup (emphasis, code, links, images, other HTML) is reported, since escaped text must
 * produce none. A line holding nothing but {@code <br>} is an HTML block to CommonMark; it renders exactly like
 * a paragraph with that line break, so it is read as one.
 */
record CommonMarkReading(List<String> blocks, String text, List<String> markup) {

    /** Stands for a soft line break in {@link #text()}. */
    static final String SOFT_BREAK = "<soft>";

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final Set<Class<? extends Node>> BLOCKS = Set.of(Document.class, Paragraph.class,
            Heading.class, BulletList.class, ListItem.class, BlockQuote.class, TableBlock.class, TableHead.class,
            TableBody.class, TableRow.class, TableCell.class);

    /** Parses {@code markdown} and reads it. */
    static CommonMarkReading of(String markdown) {
        List<String> blocks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<String> markup = new ArrayList<>();
        walk(PARSER.parse(markdown), blocks, text, markup);
        return new CommonMarkReading(List.copyOf(blocks), text.toString(), List.copyOf(markup));
    }

    private static void walk(Node node, List<String> blocks, StringBuilder text, List<String> markup) {
        if (node instanceof Text t) {
            text.append(t.getLiteral());
        } else if (node instanceof SoftLineBreak) {
            text.append(SOFT_BREAK);
        } else if (node instanceof HtmlInline html && html.getLiteral().equals("<br>")) {
            text.append('\n');
        } else if (node instanceof HtmlBlock html && html.getLiteral().strip().equals("<br>")) {
            blocks.add(Paragraph.class.getSimpleName());
            text.append('\n');
        } else if (BLOCKS.contains(node.getClass())) {
            blocks.add(node.getClass().getSimpleName());
        } else {
            markup.add(node.getClass().getSimpleName() + " " + node);
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            walk(child, blocks, text, markup);
        }
    }
}
