# desk

