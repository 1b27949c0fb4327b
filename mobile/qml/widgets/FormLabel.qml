import QtQuick
import QtQuick.Controls

// The caption above a form field (placeholders vanish once something is typed).
Label {
    font.pixelSize: 12
    opacity: 0.65
    topPadding: 6
}
