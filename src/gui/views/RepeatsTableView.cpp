#include "RepeatsTableView.h"

#include "MethodStyle.h"

#include "ChartStyle.h"
#include "RepeatsTableModel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPainter>
#include <QTableView>
#include <QVBoxLayout>

namespace latentlab::gui {

namespace {

/// Settings shared by the table on screen and the copy an export draws.
void configure(QTableView* table) {
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);  // arrows move between rows; Tab leaves the table
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(false);
    table->setCornerButtonEnabled(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->verticalHeader()->setHighlightSections(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
}

}  // namespace

RepeatsTableView::RepeatsTableView(QWidget* parent)
    : QWidget(parent),
      m_model(new RepeatsTableModel(this)),
      m_table(new QTableView(this)),
      m_caption(new QLabel(this)) {
    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("repeatsTable"));
    configure(m_table);
    // Rows share the height they are given (as in the metrics table), so the usual dozen
    // metrics fit without a scroll bar.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // Narrower than naturalWidth() (a laptop screen), a scroll bar rather than cut columns;
    // RobustnessTab gives the table that width whenever the box plot keeps enough.
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_table->verticalHeader()->setMinimumSectionSize(m_table->fontMetrics().height() + 4);
    m_caption->setWordWrap(true);
    m_caption->setTextFormat(Qt::PlainText);
    QPalette captionPalette = m_caption->palette();
    captionPalette.setColor(QPalette::WindowText, ChartStyle::mutedText(palette()));
    m_caption->setPalette(captionPalette);
    m_caption->setToolTip(RepeatsTableModel::verdictExplanation());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_caption);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit currentMetricChanged(currentMetric()); });
    clear();
}

void RepeatsTableView::setRepeats(std::shared_ptr<const RepeatsResult> repeats) {
    const QString previous = currentMetric();
    m_model->setRepeats(std::move(repeats));
    m_caption->setText(caption());
    fitColumns();
    // Keep the metric the user was looking at; else ARI, the question most runs ask.
    if (m_model->rowOf(previous) >= 0)
        selectMetric(previous);
    else if (m_model->rowOf(QStringLiteral("ari")) >= 0)
        selectMetric(QStringLiteral("ari"));
    else if (m_model->rowCount() > 0)
        selectMetric(m_model->data(m_model->index(0, 0), RepeatsTableModel::KeyRole).toString());
    emit currentMetricChanged(currentMetric());
}

void RepeatsTableView::clear() { setRepeats(nullptr); }

QString RepeatsTableView::caption() const {
    const auto& repeats = m_model->repeats();
    if (!repeats || repeats->runs.empty())
        return tr(
            "No repeats yet. \u201cRepeat \u00d7 N\u201d runs the whole pipeline N times with "
            "every seed moved on by one per repeat, to tell a difference between the "
            "methods from seed noise.");
    const int n = m_model->repeatCount();
    const Config& last = repeats->last.config;
    const auto firstSeed = last.data.seed - std::uint64_t(n - 1);
    const QString data = last.data.source != DataSource::Blobs
                             ? tr("the same file data in every repeat")
                             : tr("blobs regenerated per repeat, data seeds %1\u2013%2")
                                   .arg(firstSeed)
                                   .arg(last.data.seed);
    return tr("%1 repeats (%2). Differences to %3 are paired per repeat; brackets: 95 % t "
              "interval of their mean. \u2714: %4")
        .arg(n)
        .arg(data, MethodStyle::name(repeats->baseline), RepeatsTableModel::verdictExplanation());
}

void RepeatsTableView::selectMetric(const QString& key) {
    const int row = m_model->rowOf(key);
    if (row < 0) return;
    m_table->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QString RepeatsTableView::currentMetric() const {
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) return QString();
    return m_model->data(current, RepeatsTableModel::KeyRole).toString();
}

void RepeatsTableView::fitColumns() {
    QFont boldFont = m_table->font();
    boldFont.setBold(true);
    const QFontMetrics bold(boldFont);
    m_columnsWidth = 0;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        int widest = m_table->horizontalHeader()->sectionSizeHint(column);
        for (int row = 0; row < m_model->rowCount(); ++row)
            widest = std::max(
                widest, bold.horizontalAdvance(m_model->index(row, column).data().toString()));
        m_table->setColumnWidth(column, widest + 16);
        m_columnsWidth += widest + 16;
    }
}

int RepeatsTableView::naturalWidth() const {
    return headerWidth() + m_columnsWidth + 2 * m_table->frameWidth();
}

int RepeatsTableView::tableHeight() const {
    return m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth() +
           m_model->rowCount() * m_table->verticalHeader()->defaultSectionSize();
}

int RepeatsTableView::headerWidth() const {
    // From the labels rather than the header's size hint, which a never-shown table lacks.
    const QFontMetrics metrics(m_table->font());
    int widest = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        widest = std::max(
            widest, metrics.horizontalAdvance(m_model->headerData(row, Qt::Vertical).toString()));
    return widest + 16;
}

QSize RepeatsTableView::exportSize() const {
    int width = headerWidth() + 2 * m_table->frameWidth();
    for (int column = 0; column < m_model->columnCount(); ++column)
        width += m_table->columnWidth(column);
    width = std::max(width, 480);
    const QFontMetrics metrics(m_caption->font());
    const int captionHeight =
        metrics.boundingRect(QRect(0, 0, width - 8, 10000), Qt::TextWordWrap, caption()).height();
    return QSize(width, tableHeight() + captionHeight + 12);
}

void RepeatsTableView::renderTo(QPainter& painter, const QRectF& target) {
    // A full-size copy laid out off screen: every row shows, nothing is selected, and it
    // works while the table sits on a tab that has never been shown.
    const QSize full = exportSize();
    const QSize tableSize(full.width(), tableHeight());
    QTableView copy;
    copy.setAttribute(Qt::WA_DontShowOnScreen);
    copy.setPalette(m_table->palette());
    copy.setFont(m_table->font());
    configure(&copy);
    copy.setModel(m_model);
    copy.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    copy.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    copy.verticalHeader()->setFixedWidth(headerWidth());
    for (int column = 0; column < m_model->columnCount(); ++column)
        copy.setColumnWidth(column, m_table->columnWidth(column));
    copy.resize(tableSize);
    copy.show();
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(target.width() / full.width(), target.height() / full.height());
    painter.fillRect(QRect(QPoint(0, 0), full), ChartStyle::background(palette()));
    copy.render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter.setPen(ChartStyle::mutedText(palette()));
    painter.setFont(m_caption->font());
    painter.drawText(QRect(4, tableSize.height() + 6, full.width() - 8, full.height()),
                     Qt::TextWordWrap, caption());
    painter.restore();
}

}  // namespace latentlab::gui
