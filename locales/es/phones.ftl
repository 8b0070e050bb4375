# phones

