// A small drawing of the autoencoder's layer widths (10 → 8 → 6 → 2 → 6 → 8 → 10): one
// bar per layer, height by width, the bottleneck highlighted, numbers underneath.
#pragma once

#include <QWidget>
#include <vector>

namespace latentlab::gui {

class NetworkDiagram : public QWidget {
    Q_OBJECT
public:
    explicit NetworkDiagram(QWidget* parent = nullptr);

    /// Widths from input to output; the smallest middle one is drawn as the bottleneck.
    void setWidths(const std::vector<int>& widths);
    const std::vector<int>& widths() const { return m_widths; }
    /// "10 → 8 → 6 → 2 → 6 → 8 → 10"
    QString text() const;

    QSize sizeHint() const override { return {260, 72}; }
    QSize minimumSizeHint() const override { return {160, 60}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::vector<int> m_widths;
};

}  // namespace latentlab::gui
