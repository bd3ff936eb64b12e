#include "MethodStyle.h"

#include "MethodRegistry.h"
#include "Palette.h"

#include <QCoreApplication>
#include <array>

namespace latentlab::gui {

namespace {

// Okabe & Ito's colour-blind-safe set in the report's order (ReportStyle::methodColour), so
// screen and paper agree. They are method colours, drawn as lines and boxes, never as the
// label palette's point colours, so a method is not mistaken for a class.
constexpr std::array<QRgb, 7> kMethodColours{0x0077BB, 0xD55E00, 0x009E73, 0xCC79A7,
                                             0xE69F00, 0x56B4E9, 0x666666};

int catalogIndex(const std::string& method) {
    const auto& catalog = methodCatalog();
    for (std::size_t i = 0; i < catalog.size(); ++i)
        if (method == catalog[i].name) return int(i);
    return int(kMethodColours.size()) - 1;
}

}  // namespace

QColor MethodStyle::color(const std::string& method, const QColor& background) {
    QColor colour(kMethodColours[std::size_t(catalogIndex(method)) % kMethodColours.size()]);
    // Lines and boxes need 3:1 against the plot's background (WCAG's graphics contrast).
    const bool dark = Palette::isDark(background);
    for (int step = 0; step < 8 && Palette::contrast(colour, background) < 3.0; ++step)
        colour = dark ? colour.lighter(115) : colour.darker(115);
    return colour;
}

QString MethodStyle::name(const std::string& method) {
    const MethodInfo* info = findMethod(method);
    return QCoreApplication::translate("MethodStyle", info ? info->title : method.c_str());
}

QString MethodStyle::shortName(const std::string& method) {
    const MethodInfo* info = findMethod(method);
    return QCoreApplication::translate("MethodStyle", info ? info->shortTitle : method.c_str());
}

}  // namespace latentlab::gui
