# combinar
