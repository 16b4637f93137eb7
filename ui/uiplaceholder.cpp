// replaced by the ui
