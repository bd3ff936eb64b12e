#include "DataPanel.h"

#include "CsvTokenizer.h"
#include "ui_DataPanel.h"

#include <QFile>
#include <QFileDialog>
#include <QSignalBlocker>

namespace latentlab::gui {

DataPanel::DataPanel(QWidget* parent)
    : ConfigPanel(parent), m_ui(std::make_unique<Ui::DataPanel>()) {
    m_ui->setupUi(this);
    using Scale = SliderSpinBox::Scale;
    m_ui->samples->setRange(100, 1'000'000, Scale::Logarithmic);
    m_ui->samples->setDecimals(0);
    m_ui->features->setRange(2, 100);
    m_ui->features->setDecimals(0);
    m_ui->centers->setRange(1, 20);
    m_ui->centers->setDecimals(0);
    m_ui->clusterStd->setRange(0.1, 10.0);
    m_ui->clusterStd->setDecimals(2);
    m_ui->noiseColumns->setRange(0, 20);
    m_ui->noiseColumns->setDecimals(0);
    for (SliderSpinBox* box :
         {m_ui->samples, m_ui->features, m_ui->centers, m_ui->clusterStd, m_ui->noiseColumns}) {
        box->setToolTipText(box->toolTip());
        connect(box, &SliderSpinBox::valueChanged, this, &ConfigPanel::changed);
    }
    connect(m_ui->seed, &QSpinBox::valueChanged, this, &ConfigPanel::changed);
    connect(m_ui->scaling, &QComboBox::currentIndexChanged, this, &ConfigPanel::changed);
    connect(m_ui->source, &QComboBox::currentIndexChanged, this, [this] {
        updateSourceRows();
        emit changed();
    });
    connect(m_ui->browse, &QPushButton::clicked, this, &DataPanel::chooseFile);
    connect(m_ui->path, &QLineEdit::editingFinished, this, [this] {
        fillLabelColumns(m_ui->path->text());
        emit changed();
    });
    connect(m_ui->labelColumn, &QComboBox::currentTextChanged, this, &ConfigPanel::changed);
    updateSourceRows();
}

DataPanel::~DataPanel() = default;

void DataPanel::showConfig(const Config& config) {
    const QSignalBlocker block(this);
    const DataConfig& data = config.data;
    m_ui->source->setCurrentIndex(data.source == DataSource::Blobs ? 0 : 1);
    m_ui->samples->setValue(data.samples);
    m_ui->features->setValue(data.features);
    m_ui->centers->setValue(data.centers);
    m_ui->clusterStd->setValue(data.clusterStd);
    m_ui->noiseColumns->setValue(data.noiseColumns);
    {
        const QSignalBlocker blockSeed(m_ui->seed);
        m_ui->seed->setValue(int(data.seed));
    }
    {
        const QSignalBlocker blockScaling(m_ui->scaling);
        m_ui->scaling->setCurrentText(QString::fromLatin1(toString(data.scaling)));
    }
    {
        const QSignalBlocker blockPath(m_ui->path);
        m_ui->path->setText(QString::fromStdString(data.path));
    }
    {
        const QSignalBlocker blockLabel(m_ui->labelColumn);
        if (!data.path.empty()) fillLabelColumns(QString::fromStdString(data.path));
        m_ui->labelColumn->setCurrentText(QString::fromStdString(data.labelColumn));
    }
    updateSourceRows();
}

void DataPanel::applyTo(Config& config) const {
    DataConfig& data = config.data;
    data.source = m_ui->source->currentIndex() == 0 ? DataSource::Blobs : DataSource::Csv;
    data.samples = m_ui->samples->intValue();
    data.features = m_ui->features->intValue();
    data.centers = m_ui->centers->intValue();
    data.clusterStd = m_ui->clusterStd->value();
    data.noiseColumns = m_ui->noiseColumns->intValue();
    data.seed = std::uint64_t(m_ui->seed->value());
    parse(m_ui->scaling->currentText().toStdString(), data.scaling);
    data.path = m_ui->path->text().toStdString();
    data.labelColumn = m_ui->labelColumn->currentText().toStdString();
}

void DataPanel::useFile(const QString& path) {
    m_ui->path->setText(path);
    fillLabelColumns(path);
    m_ui->source->setCurrentIndex(1);
}

void DataPanel::chooseFile() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open data table"), m_ui->path->text(),
                                     tr("Tables (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty()) {
        useFile(path);
        emit changed();
    }
}

void DataPanel::fillLabelColumns(const QString& path) {
    // Only the header is read here; the table itself is read on the worker thread.
    QFile file(path);
    QStringList names;
    if (file.open(QIODevice::ReadOnly)) {
        QByteArray head = file.read(1 << 16);
        if (head.startsWith("\xEF\xBB\xBF")) head.remove(0, 3);
        try {
            io::CsvTokenizer tokens(head, io::CsvTokenizer::detectDelimiter(head), "");
            std::vector<std::string> fields;
            if (tokens.next(fields))
                for (const std::string& field : fields) names << QString::fromStdString(field);
        } catch (const std::exception&) {
            // A malformed header is reported properly when the run reads the file.
        }
    }
    const QString current = m_ui->labelColumn->currentText();
    const QSignalBlocker block(m_ui->labelColumn);
    m_ui->labelColumn->clear();
    m_ui->labelColumn->addItem(QString());
    m_ui->labelColumn->addItems(names);
    for (const QString& guess : {current, QStringLiteral("label"), QStringLiteral("class")}) {
        const int index = m_ui->labelColumn->findText(guess, Qt::MatchFixedString);
        if (!guess.isEmpty() && index >= 0) {
            m_ui->labelColumn->setCurrentIndex(index);
            break;
        }
    }
}

void DataPanel::updateSourceRows() {
    const bool blobs = m_ui->source->currentIndex() == 0;
    m_ui->blobsForm->setVisible(blobs);
    m_ui->fileForm->setVisible(!blobs);
}

}  // namespace latentlab::gui
