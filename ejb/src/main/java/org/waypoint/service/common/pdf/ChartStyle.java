package org.waypoint.service.common.pdf;

import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Paint;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.TextAnchor;

/**
 * How the PDFs' charts look (the LMI report's, the reports' indicators): small sans-serif type that
 * matches the text around them, flat bars in Waypoint's blues, white ground. Applied chart by chart with a theme instance of our own, never
 * through {@code ChartFactory.setChartTheme}, which would change every chart in the server.
 *
 * <p>The text in a chart is PDF text in Helvetica, but java.awt measures it to lay the chart out,
 * and OpenPDF stretches the Helvetica to the width java.awt measured. So the charts ask java.awt
 * for a font with Helvetica's widths where the machine has one (Liberation Sans on Debian, Arial
 * on Windows); elsewhere the logical SansSerif, whose text then comes out a little spaced.
 */
public final class ChartStyle {

    public static final Color NAVY = new Color(0x1F, 0x3A, 0x5F);
    public static final Color GREY = new Color(0x55, 0x5F, 0x6B);
    public static final Color RULE_GREY = new Color(0xC8, 0xCE, 0xD6);
    public static final Color MID_BLUE = new Color(0x4A, 0x7F, 0xB5);
    public static final Color LIGHT_BLUE = new Color(0xA9, 0xC6, 0xE3);

    /** Fonts with Helvetica's metrics, the first one installed wins. */
    private static final List<String> HELVETICA_METRICS =
            List.of("Liberation Sans", "Arial", "Helvetica", "Arimo", "Nimbus Sans", "Nimbus Sans L");

    private static final String FAMILY = helveticaMetricFamily();

    private ChartStyle() {}

    public static Font font(int style, float size) {
        return new Font(FAMILY, style, 1).deriveFont(size);
    }

    private static String helveticaMetricFamily() {
        // Works headless: it lists the fonts, it opens no display.
        List<String> installed =
                List.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.US));
        return HELVETICA_METRICS.stream()
                .filter(installed::contains)
                .findFirst()
                .orElse(Font.SANS_SERIF);
    }

    /** Fonts, colours and flat bars (of a category chart); call before setting series colours, which it would reset. */
    public static void apply(JFreeChart chart) {
        StandardChartTheme theme = new StandardChartTheme("Waypoint report", false);
        theme.setExtraLargeFont(font(Font.BOLD, 12));
        theme.setLargeFont(font(Font.BOLD, 9));
        theme.setRegularFont(font(Font.PLAIN, 8));
        theme.setSmallFont(font(Font.PLAIN, 7));
        theme.setTitlePaint(NAVY);
        theme.setSubtitlePaint(GREY);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setPlotOutlinePaint(RULE_GREY);
        theme.setRangeGridlinePaint(RULE_GREY);
        theme.setAxisLabelPaint(Color.BLACK);
        theme.setTickLabelPaint(Color.BLACK);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.apply(chart);
        chart.setBorderVisible(false);
        chart.getTitle().setHorizontalAlignment(HorizontalAlignment.LEFT);
        CategoryPlot plot = chart.getCategoryPlot();
        CategoryAxis categories = plot.getDomainAxis();
        categories.setMaximumCategoryLabelWidthRatio(0.35f);
        categories.setCategoryMargin(0.15);
        if (plot.getRenderer() instanceof BarRenderer bars) {
            bars.setItemMargin(0.02);
        }
    }

    /** A line under the title, in the chart's small grey type. */
    public static void subtitle(JFreeChart chart, String text) {
        TextTitle subtitle = new TextTitle(text, font(Font.PLAIN, 8));
        subtitle.setPaint(GREY);
        subtitle.setHorizontalAlignment(HorizontalAlignment.LEFT);
        chart.addSubtitle(subtitle);
    }

    /** Whole dollars on the value axis: $40,000. */
    public static void dollarAxis(JFreeChart chart) {
        NumberFormat dollars = NumberFormat.getCurrencyInstance(Locale.US);
        dollars.setMaximumFractionDigits(0);
        ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setNumberFormatOverride(dollars);
    }

    /** Each bar's figure at its end, with room for it; {@code dollars} formats it as money. */
    public static void labelBars(JFreeChart chart, boolean dollars) {
        CategoryPlot plot = chart.getCategoryPlot();
        NumberFormat format =
                dollars ? NumberFormat.getCurrencyInstance(Locale.US) : NumberFormat.getIntegerInstance(Locale.US);
        format.setMaximumFractionDigits(0);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(font(Font.PLAIN, 7));
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        plot.getRangeAxis().setUpperMargin(0.15);
    }

    /** One colour for every bar, a darker one for the category {@code highlighted}. */
    public static void highlight(JFreeChart chart, Comparable<?> highlighted) {
        chart.getCategoryPlot().setRenderer(new HighlightingRenderer(highlighted));
    }

    /**
     * A single-series bar renderer that draws the category the report is about in navy, so that a
     * reader finds "their" bar among the others.
     */
    private static final class HighlightingRenderer extends BarRenderer {

        private static final long serialVersionUID = 1L;

        private final Comparable<?> highlighted;

        HighlightingRenderer(Comparable<?> highlighted) {
            this.highlighted = highlighted;
            setBarPainter(new StandardBarPainter());
            setShadowVisible(false);
            setItemMargin(0.02);
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            Comparable<?> key = getPlot().getDataset().getColumnKey(column);
            return Objects.equals(key, highlighted) ? NAVY : LIGHT_BLUE;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof HighlightingRenderer renderer
                    && Objects.equals(highlighted, renderer.highlighted)
                    && super.equals(other);
        }

        @Override
        public int hashCode() {
            return 31 * super.hashCode() + Objects.hashCode(highlighted);
        }
    }
}
