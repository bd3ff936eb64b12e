// The report's look in one place: its fonts (sizes in points) and its few colours, shared by
// the page layout and every figure so the PDF, the HTML and their plots match.
//
//   painter.setFont(ReportStyle::font(ReportStyle::kBody));
//   painter.setPen(ReportStyle::muted());
#pragma once

#include <QColor>
#include <QFont>
#include <string>

namespace latentlab::report {

class ReportStyle {
public:
    static constexpr double kTitle = 20.0;
    static constexpr double kHeading = 13.0;
    static constexpr double kBody = 9.5;
    static constexpr double kTable = 8.5;
    static constexpr double kSmall = 7.5;
    static constexpr double kPlotTitle = 9.0;
    static constexpr double kPlotLabel = 7.5;

    /// A sans-serif font of `points` (DejaVu Sans where installed, as the packages install it).
    static QFont font(double points, bool bold = false);

    static QColor text() { return QColor(0x1F, 0x23, 0x28); }
    static QColor muted() { return QColor(0x5F, 0x66, 0x6D); }
    /// Headings and rules.
    static QColor accent() { return QColor(0x0B, 0x4F, 0x8A); }
    static QColor grid() { return QColor(0xE3, 0xE6, 0xEA); }
    static QColor axis() { return QColor(0x8A, 0x91, 0x99); }
    static QColor tableHeader() { return QColor(0xEE, 0xF2, 0xF6); }
    static QColor tableStripe() { return QColor(0xF8, 0xF9, 0xFB); }
    /// Line colours of the two methods wherever both appear in one chart.
    static QColor pcaColour() { return methodColour("pca"); }
    static QColor autoencoderColour() { return methodColour("autoencoder"); }
    /// One colour per method (Okabe-Ito's blue, vermillion, bluish green, reddish purple),
    /// for lines and legends that stand for a method; grey for an unknown name.
    static QColor methodColour(const std::string& method);
    /// A square-root ramp from white to dark blue for shares 0..1 (confusion matrices): small
    /// but non-zero shares stay visible.
    static QColor heat(double share);
    /// Black or white, whichever reads on `background`.
    static QColor textOn(const QColor& background);
};

}  // namespace latentlab::report
