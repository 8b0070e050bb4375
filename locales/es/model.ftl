# Palabras para lo que guarda el modelo: nombres de secciones y métodos, cambios, problemas de un archivo.

