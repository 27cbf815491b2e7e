def service(request):
    return {"service_name": "rectrack"}
