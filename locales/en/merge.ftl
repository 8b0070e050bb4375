# merge
