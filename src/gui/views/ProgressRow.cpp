#include "ProgressRow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace latentlab::gui {

ProgressRow::ProgressRow(QWidget* parent)
    : QWidget(parent),
      m_status(new QLabel(this)),
      m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this)) {
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setFixedWidth(160);
    m_cancel->setToolTip(tr("Stop this analysis; what is shown stays"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setMinimumWidth(120);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_progress);
    row->addWidget(m_cancel);
    row->addWidget(m_status, 1);
    connect(m_cancel, &QPushButton::clicked, this, &ProgressRow::cancelRequested);
    finish(QString());
}

void ProgressRow::begin(const QString& text) {
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_status->setText(text);
}

void ProgressRow::setProgress(double fraction, const QString& text) {
    m_progress->setValue(int(fraction * 1000));
    m_status->setText(text);
}

void ProgressRow::finish(const QString& text) {
    m_progress->hide();
    m_cancel->hide();
    m_status->setText(text);
}

void ProgressRow::setStatus(const QString& text) { m_status->setText(text); }

bool ProgressRow::isActive() const { return !m_cancel->isHidden(); }

QString ProgressRow::status() const { return m_status->text(); }

}  // namespace latentlab::gui
